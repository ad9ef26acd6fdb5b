"""TensorFlow/Keras for the demand models, imported only when a Keras model is fitted (TensorFlow is optional)."""

from ...errors import InputError

COMMAND = "pip install tensorflow-cpu==2.17.1"
INSTALL = f"{COMMAND} (the version in requirements-models.lock)"


def import_keras(seed: int = 0, threads: int = 1):
    """``keras`` with fixed seeds and deterministic operations on ``threads`` CPU threads.

    The thread counts can only be set before TensorFlow first runs an operation; later calls keep the first
    setting.

    Raises
    ------
    InputError
        When TensorFlow is not installed, saying what to install.
    """
    try:
        import keras
        import tensorflow as tf
    except ImportError as error:
        raise InputError(
            f"The Keras demand models need TensorFlow, which is not installed: {INSTALL}.",
            code="missing_tensorflow",
            command=COMMAND,
            fix=INSTALL,
        ) from error
    try:
        tf.config.threading.set_intra_op_parallelism_threads(threads)
        tf.config.threading.set_inter_op_parallelism_threads(threads)
    except RuntimeError:  # TensorFlow already running: its threads are set for this process
        pass
    keras.utils.set_random_seed(seed)
    tf.config.experimental.enable_op_determinism()
    return keras
