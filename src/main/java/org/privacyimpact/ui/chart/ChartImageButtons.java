package org.privacyimpact.ui.chart;

import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/** "PNG" and "SVG" buttons that save a chart as an image with its title, source line and dataset version. */
public class ChartImageButtons extends Span {

    final Button png;
    final Button svg;

    /**
     * @param chart    which chart to save (a supplier, for views whose visible chart changes with a tab)
     * @param title    the heading to print above the chart
     * @param footer   the source line to print below it, with the dataset version
     * @param fileBase the file name without extension
     */
    public ChartImageButtons(Supplier<EChart> chart, Supplier<String> title, Supplier<String> footer,
                             Supplier<String> fileBase) {
        addClassName("chart-image-buttons");
        png = button("PNG", "png", chart, title, footer, fileBase);
        svg = button("SVG", "svg", chart, title, footer, fileBase);
        add(png, svg);
    }

    private static Button button(String label, String type, Supplier<EChart> chart, Supplier<String> title,
                                 Supplier<String> footer, Supplier<String> fileBase) {
        Button button = new Button(label, VaadinIcon.PICTURE.create(), event -> chart.get().getElement()
                .callJsFunction("exportImage", type, title.get(), footer.get(), fileBase.get() + "." + type));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.addClassName("export-" + type);
        button.getElement().setAttribute("title", "Save the chart as " + label
                + ", with its title, sources line and dataset version");
        return button;
    }
}
