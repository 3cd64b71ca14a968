package org.privacyimpact.exposure;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Brings the rates table up to date after the migrations and before the web server takes requests (singletons
 * are initialised before the server starts), so no page ever reads rates older than the data.
 */
@Component
class RatesAtStartup implements SmartInitializingSingleton {

    private final FigureRates rates;

    RatesAtStartup(FigureRates rates) {
        this.rates = rates;
    }

    @Override
    public void afterSingletonsInstantiated() {
        rates.rebuildIfBehind();
    }
}
