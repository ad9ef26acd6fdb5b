"""Phase B of the stock-install test: install the dependencies from the Linux offline bundle the way a user does,
through the plugin's installer dialog (``aguaperu_plugin/install/dialog.py``: ``show_installer``), which finds
the bundle next to the plugin zip the Plugin Manager installed (both were copied to one folder, as from a USB
stick), checks what it will install (a ``QgsTask``), then installs and verifies it (another ``QgsTask``).
"""

import time
from pathlib import Path

import qgis.utils


def install_from_bundle(session, bundle: Path, result: dict):
    from aguaperu.aguaperu_plugin.install.dialog import show_installer

    record = result["installer"] = {"ok": False, "bundle": str(bundle)}
    started = time.time()
    dialog = show_installer(qgis.utils.iface)
    found = dialog.bundle.filePath()
    record["bundle_found_next_to_zip"] = bool(found) and Path(found).resolve() == bundle.resolve()
    if not record["bundle_found_next_to_zip"]:
        dialog.bundle.setFilePath(str(bundle))
    dialog.offline.setChecked(True)
    record["missing_listed"] = dialog.missing_tree.topLevelItemCount()

    dialog.check_button.click()
    yield lambda: dialog.task is None
    record["plan_status"] = dialog.status.text()
    record["planned"] = [
        dialog.plan_tree.topLevelItem(i).text(0) + "==" + dialog.plan_tree.topLevelItem(i).text(1)
        for i in range(dialog.plan_tree.topLevelItemCount())
    ]
    if not dialog.install_button.isEnabled():
        record["detail"] = "nothing to install, or the check failed: " + record["plan_status"]
        dialog.close()
        return

    dialog.install_button.click()
    yield lambda: dialog.task is None
    record["status"] = dialog.status.text()
    record["restart_needed"] = dialog.restart_needed
    record["seconds"] = round(time.time() - started, 1)
    failed = "✗" in record["status"] or "color:#b00020" in record["status"]
    record["ok"] = not failed and bool(record["planned"])
    record["detail"] = f"{len(record['planned'])} packages in {record['seconds']} s: " + " | ".join(
        record["status"].splitlines()
    )
    dialog.close()
