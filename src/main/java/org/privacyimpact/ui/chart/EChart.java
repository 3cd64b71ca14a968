package org.privacyimpact.ui.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

/**
 * An Apache ECharts chart (our own web component in {@code frontend/components/pid-echart.js}): it follows
 * its container's size and releases its resources when removed from the page.
 */
@Tag("pid-echart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./components/pid-echart.js")
public class EChart extends Component implements HasSize {

    private ChartOption option;

    public EChart() {
        setWidthFull();
        setHeight("320px");
    }

    public void setOption(ChartOption option) {
        this.option = option;
        // Vaadin serialises the records with Jackson, honouring their @JsonInclude
        getElement().setPropertyBean("option", option);
    }

    public ChartOption getOption() {
        return option;
    }
}
