package org.privacyimpact.dataset.reference;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each generated data migration is exactly what its writer produces from the files it is generated from: nobody
 * edited the SQL by hand, and no change to those files was left unapplied.
 */
class GeneratedMigrationsTest {

    static Stream<Arguments> writers() {
        ReferenceData released = ReferenceData.load();
        return Stream.of(
                Arguments.of(ReferenceMigrationWriter.MIGRATION,
                        (Supplier<String>) () -> new ReferenceMigrationWriter(released).render()),
                Arguments.of(DataFileMigrationWriter.MIGRATION,
                        (Supplier<String>) () -> new DataFileMigrationWriter(released).render()),
                Arguments.of(ReleaseMigrationWriter.MIGRATION,
                        (Supplier<String>) () -> new ReleaseMigrationWriter(released).render()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writers")
    void committedMigrationIsWhatItsWriterProduces(String migration, Supplier<String> writer) throws IOException {
        String expected = writer.get();
        Path committed = Path.of(migration);
        String actual = Files.exists(committed) ? Files.readString(committed) : "";
        if (!actual.equals(expected)) {
            Path regenerated = Path.of("target", committed.getFileName().toString());
            Files.writeString(regenerated, expected);
            fail("%s is not what its writer produces; the generated version is in %s (review the difference and "
                    + "copy it to sql/ if this dataset version is not yet released)", committed, regenerated);
        }
    }
}
