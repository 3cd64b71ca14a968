package org.privacyimpact.curation;

import java.sql.SQLException;

import org.privacyimpact.common.validation.ValidationException;
import org.springframework.dao.DataAccessException;

/**
 * A file the preview accepted could not be written: nothing was imported (the transaction was rolled back). Says
 * which row and why in the curator's words; the cause, for the log, says it in the database's.
 */
public class ImportFailedException extends RuntimeException {

    ImportFailedException(String what, RuntimeException cause) {
        super("Nothing was imported: " + what + " could not be written, because " + reason(cause)
                + ". The dataset is unchanged.", cause);
    }

    private static String reason(RuntimeException cause) {
        return switch (cause) {
            case EditConflictException conflict -> "it changed since the preview (" + conflict.getMessage()
                    + "). Upload the file again to see a new preview";
            case ValidationException invalid -> invalid.getMessage();
            case DataAccessException refused -> databaseReason(refused) + ". The preview should have said so:"
                    + " please tell the maintainers which file it was";
            default -> "of an unexpected error (" + cause.getClass().getSimpleName() + ")";
        };
    }

    /** PostgreSQL's error classes (SQLSTATE), said as what is wrong with the row. */
    private static String databaseReason(DataAccessException refused) {
        String state = refused.getMostSpecificCause() instanceof SQLException sql ? sql.getSQLState() : null;
        return switch (state == null ? "" : state) {
            case "23505" -> "a value that must be unique is taken already";
            case "23503" -> "it refers to a record the dataset does not have";
            case "23514", "23502" -> "it breaks one of the dataset's rules";
            case "22001" -> "a value is longer than the database stores";
            case "54000" -> "a value is too long for the database's index";
            case "22021", "22P05" -> "it holds a character the database cannot store";
            default -> "the database refused it" + (state == null ? "" : " (SQLSTATE " + state + ")");
        };
    }
}
