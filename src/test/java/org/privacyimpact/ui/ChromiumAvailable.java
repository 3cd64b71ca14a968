package org.privacyimpact.ui;

import java.nio.file.Files;
import java.nio.file.Path;

import org.privacyimpact.RequiredInCi;

/** Debian's chromium and chromium-driver, or the binaries named by CHROMIUM_BIN and CHROMEDRIVER_BIN. */
public class ChromiumAvailable extends RequiredInCi {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(
            System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver"));

    @Override
    protected boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    @Override
    protected String whatIsMissing() {
        return "Chromium and ChromeDriver at " + CHROMIUM + " and " + CHROMEDRIVER
                + " (apt-get install chromium chromium-driver)";
    }
}
