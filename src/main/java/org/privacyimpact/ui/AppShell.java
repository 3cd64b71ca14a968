package org.privacyimpact.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;

/** The HTML page around every view: Lumo theme, our own styles, and metadata. */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("context://styles/dashboard.css")
@Meta(name = "description", content = "How many people surveillance campaigns targeted, compared with the "
        + "platforms' user bases, with every figure sourced")
public class AppShell implements AppShellConfigurator {
}
