package org.privacyimpact.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.privacyimpact.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Every reader's world map shares one map of country names while the dataset does not change. */
@IntegrationTest
class SharedCountryNamesTest {

    @Autowired
    SharedCountryNames names;

    @Autowired
    DatasetQuery dataset;

    @Test
    void theNamesAreReadOnceAndSharedUntilTheDatasetChanges() {
        var first = names.byNumericCode();

        assertThat(names.byNumericCode()).as("the same map, not a copy per reader").isSameAs(first);
        assertThat(first).isEqualTo(dataset.countryNamesByNumericCode()).containsEntry("356", "India");
    }
}
