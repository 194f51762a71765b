package dev.tandem.deployment;

/** A manifest that cannot be read or rendered; the message names the file (and document) at fault. */
class ManifestException extends RuntimeException {

    ManifestException(String message) {
        super(message);
    }

    ManifestException(String message, Throwable cause) {
        super(message, cause);
    }
}
