package org.privacyimpact.ui;

import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.icon.AbstractIcon;

/**
 * An icon from the Lumo theme's own set: 48 icons in 18 KB of script. Vaadin's {@code Icon} and
 * {@code VaadinIcon} bring Vaadin's set of 600 icons, 240 KB on every first visit for the four the dashboard shows
 * (issue 16), so this is an {@code AbstractIcon}, the same {@code <vaadin-icon>} without that set.
 */
@JsModule("@vaadin/vaadin-lumo-styles/vaadin-iconset.js")
public class LumoIcon extends AbstractIcon<LumoIcon> {

    public static LumoIcon download() {
        return new LumoIcon("download");
    }

    public static LumoIcon photo() {
        return new LumoIcon("photo");
    }

    public static LumoIcon link() {
        return new LumoIcon("link");
    }

    public static LumoIcon search() {
        return new LumoIcon("search");
    }

    private LumoIcon(String name) {
        getElement().setAttribute("icon", "lumo:" + name);
    }

    @Override
    public void setColor(String color) {
        getStyle().set("color", color);
    }

    @Override
    public String getColor() {
        return getStyle().get("color");
    }
}
