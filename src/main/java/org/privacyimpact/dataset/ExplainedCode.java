package org.privacyimpact.dataset;

/**
 * A stored code that the dashboard explains wherever it shows it (a tooltip, the methodology page, a CSV column):
 * its label and explanation are held once, in its {@link Term}.
 */
public interface ExplainedCode extends StoredCode {

    Term term();

    @Override
    default String code() {
        return term().code();
    }

    default String label() {
        return term().label();
    }

    default String explanation() {
        return term().explanation();
    }
}
