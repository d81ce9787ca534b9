package org.evergreenloyalty.pointsimport;

import java.util.regex.Pattern;

/** What to import: the import id (the unit of idempotency), the file's name, the mode and who asks. */
public final class ImportRequest {

    /** Import ids: 1 to 64 letters, digits, dots, dashes or underscores. */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final String importId;
    private final String fileName;
    private final ImportMode mode;
    private final String actor;

    /**
     * @throws ImportFileException when the import id is malformed, the mode missing or the actor blank
     */
    public ImportRequest(String importId, String fileName, ImportMode mode, String actor) {
        if (importId == null || !ID.matcher(importId).matches()) {
            throw new ImportFileException("import.request.badId", "The import id must be 1 to 64 letters, digits, '.', '-' or '_'.",
                    String.valueOf(importId));
        }
        if (mode == null) {
            throw new ImportFileException("import.request.badMode", "Choose the mode ADD or SET.");
        }
        if (actor == null || actor.trim().isEmpty()) {
            throw new ImportFileException("import.request.noActor", "An import needs the name of who applies it.");
        }
        this.importId = importId;
        String name = fileName == null || fileName.trim().isEmpty() ? null : fileName.trim();
        this.fileName = name != null && name.length() > 255 ? name.substring(0, 255) : name;
        this.mode = mode;
        this.actor = actor.length() > 255 ? actor.substring(0, 255) : actor;
    }

    public String getImportId() { return importId; }
    public String getFileName() { return fileName; }
    public ImportMode getMode() { return mode; }
    public String getActor() { return actor; }

    /** The ledger event key of data row {@code row}: {@code import:<importId>:<row>}. */
    public String eventKey(int row) {
        return "import:" + importId + ":" + row;
    }
}
