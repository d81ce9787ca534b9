package org.evergreenloyalty.pointsimport;

import org.evergreenloyalty.support.RefusedException;

/** A file or request the import refuses as a whole (no header, unknown column, bad import id ...); nothing was changed. */
public class ImportFileException extends RefusedException {

    private static final long serialVersionUID = 1L;

    public ImportFileException(String messageKey, String message, Object... arguments) {
        super(null, messageKey, message, arguments);
    }
}
