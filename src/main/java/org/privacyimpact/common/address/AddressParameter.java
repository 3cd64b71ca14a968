package org.privacyimpact.common.address;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One parameter as it is written in an address, defined once for the views and the data API alike: its name,
 * the names it had before (old links keep working), how its text is read and written, and what it expects.
 *
 * @param expected what a readable value looks like, ending the sentence "kind must be …"
 * @param reader   reads one value; throws {@link IllegalArgumentException} for text that is not one, or
 *                 {@link NotInDataset} for a well-formed value the dataset does not have
 */
public record AddressParameter<T>(String name, List<String> formerNames, String expected,
                                  Function<String, T> reader, Function<T, String> writer) {

    public AddressParameter {
        Objects.requireNonNull(name, "name");
        formerNames = List.copyOf(formerNames);
    }

    public static <T> AddressParameter<T> of(String name, String expected, Function<String, T> reader,
                                             Function<T, String> writer) {
        return new AddressParameter<>(name, List.of(), expected, reader, writer);
    }

    /** The same parameter, also read under the names older links used. */
    public AddressParameter<T> formerly(String... names) {
        return new AddressParameter<>(name, List.of(names), expected, reader, writer);
    }

    /** The same parameter with a further check on the values it reads (that the dataset has them, say). */
    public AddressParameter<T> checked(Function<T, T> check) {
        return new AddressParameter<>(name, formerNames, expected, reader.andThen(check), writer);
    }

    /** Reads one value or says, naming this parameter, why it cannot. */
    public T read(String text) {
        String trimmed = text.strip();
        try {
            return reader.apply(trimmed);
        } catch (NotInDataset missing) {
            throw new BadParameterException(name, missing.getMessage());
        } catch (IllegalArgumentException unreadable) {
            throw new BadParameterException(name, name + " must be " + expected + ", not \"" + printable(text)
                    + "\"");
        }
    }

    public String write(T value) {
        return writer.apply(value);
    }

    /** Echoes a visitor's value in a message only as plain, short text. */
    public static String printable(String value) {
        String plain = value.replaceAll("[^\\p{Print}]", "?");
        return plain.length() > 40 ? plain.substring(0, 40) + "…" : plain;
    }

    /** A well-formed value that names nothing the dataset has; its message is shown as it is. */
    public static final class NotInDataset extends IllegalArgumentException {

        public NotInDataset(String message) {
            super(message);
        }
    }
}
