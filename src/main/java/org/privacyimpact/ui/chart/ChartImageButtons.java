package org.privacyimpact.ui.chart;

import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.internal.JacksonUtils;
import org.privacyimpact.ui.LumoIcon;

/** "PNG" and "SVG" buttons that save a chart as an image with its caption: title, notes and source line. */
public class ChartImageButtons extends Span {

    final Button png;
    final Button svg;

    /**
     * @param chart    which chart to save (a supplier, for views whose visible chart changes with a tab)
     * @param caption  the words to print around it, as the page shows them when the button is clicked
     * @param fileBase the file name without extension
     */
    public ChartImageButtons(Supplier<EChart> chart, Supplier<ChartCaption> caption, Supplier<String> fileBase) {
        addClassName("chart-image-buttons");
        png = button("PNG", "png", chart, caption, fileBase);
        svg = button("SVG", "svg", chart, caption, fileBase);
        add(png, svg);
    }

    private static Button button(String label, String type, Supplier<EChart> chart, Supplier<ChartCaption> caption,
                                 Supplier<String> fileBase) {
        Button button = new Button(label, LumoIcon.photo(), event -> chart.get().getElement()
                .callJsFunction("exportImage", type, JacksonUtils.beanToJson(caption.get()),
                        fileBase.get() + "." + type));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.addClassName("export-" + type);
        button.getElement().setAttribute("title", "Save the chart as " + label
                + ", with its title, notes, sources and dataset version");
        return button;
    }
}
