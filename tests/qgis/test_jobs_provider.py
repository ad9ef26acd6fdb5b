"""The Processing provider against the registry of jobs (issue 17): the algorithms QGIS loads are the
registry's, each its job's adapter (the calls themselves are checked in ``tests/unit/test_jobs_registry.py``)."""

from core import jobs


def test_provider_algorithms_are_the_registry(plugin):
    loaded = {algorithm.name() for algorithm in plugin.provider.algorithms()}
    registered = {algorithm for job in jobs.JOBS.values() for algorithm in job.algorithms}
    adapter_only = set(getattr(jobs, "ADAPTER_ONLY", {}))  # algorithms with no core part (documented there)
    assert registered <= loaded, f"registered but not loaded: {registered - loaded}"
    assert loaded - registered == adapter_only, f"loaded without a job: {loaded - registered - adapter_only}"
    for algorithm in plugin.provider.algorithms():
        if algorithm.name() in registered:
            job = next(job for job in jobs.JOBS.values() if algorithm.name() in job.algorithms)
            assert algorithm.job() == job.id, f"{algorithm.name()}: its packages are checked for {algorithm.job()}"
