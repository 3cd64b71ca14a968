package org.privacyimpact.dataset.reference;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The committed reference-dataset migration is exactly what the reference and curation files produce: nobody
 * edited the SQL by hand, and no CSV change was left unapplied.
 */
class ReferenceMigrationTest {

    @Test
    void committedMigrationIsGeneratedFromTheReferenceFiles() throws IOException {
        String expected = new ReferenceMigrationWriter(ReferenceData.load()).render();
        Path committed = Path.of(ReferenceMigrationWriter.MIGRATION);
        String actual = Files.exists(committed) ? Files.readString(committed) : "";
        if (!actual.equals(expected)) {
            Path regenerated = Path.of("target", committed.getFileName().toString());
            Files.writeString(regenerated, expected);
            fail("%s is not what the reference files produce; the generated version is in %s (review the "
                    + "difference and copy it to sql/ if this dataset version is not yet released)", committed, regenerated);
        }
    }
}
