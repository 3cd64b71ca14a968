package org.privacyimpact.dataset;

import java.util.List;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Brings every derived table up to date after the migrations and before the web server takes requests
 * (singletons are initialised before the server starts), so no page reads numbers older than the data.
 */
@Component
class DerivedTablesAtStartup implements SmartInitializingSingleton {

    private final List<DerivedTable> tables;

    DerivedTablesAtStartup(List<DerivedTable> tables) {
        this.tables = tables;
    }

    @Override
    public void afterSingletonsInstantiated() {
        tables.forEach(DerivedTable::rebuildIfBehind);
    }
}
