package org.evergreenloyalty.admin.pointsimport;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;

import org.evergreenloyalty.pointsimport.ImportMode;

/**
 * An uploaded import file between its dry run and "Apply", kept in the admin user's session (one at a time): the
 * import id, the file's name and text, and the mode it was checked with.
 */
public final class PendingImport implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The session attribute. */
    public static final String SESSION_KEY = "evgPendingImport";

    private final String importId;
    private final String fileName;
    private final ImportMode mode;
    private final byte[] content;

    public PendingImport(String importId, String fileName, ImportMode mode, byte[] content) {
        this.importId = importId;
        this.fileName = fileName;
        this.mode = mode;
        this.content = content.clone();
    }

    public String getImportId() { return importId; }
    public String getFileName() { return fileName; }
    public ImportMode getMode() { return mode; }
    /** The file as text (UTF-8). */
    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }
}
