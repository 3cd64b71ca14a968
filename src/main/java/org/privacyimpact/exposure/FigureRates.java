package org.privacyimpact.exposure;

import org.privacyimpact.dataset.DerivedTable;

/**
 * The rates table behind every comparison (figure_rate, V11): for each listed figure and each kind of
 * denominator, the user figure it divides by and the rate.
 */
public interface FigureRates extends DerivedTable {
}
