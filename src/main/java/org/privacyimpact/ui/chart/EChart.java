package org.privacyimpact.ui.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

/**
 * An Apache ECharts chart (our own web component in {@code frontend/components/pid-echart.js}): it follows
 * its container's size and releases its resources when removed from the page. A world map's borders are
 * fetched the first time a map is shown.
 */
@Tag("pid-echart")
@NpmPackage(value = "echarts", version = "6.1.0")
// World borders for map charts (Natural Earth, public domain; packaged by world-atlas, ISC) and the library that
// turns their TopoJSON into the GeoJSON ECharts reads (topojson-client, ISC); loaded only by pages with a map.
@NpmPackage(value = "world-atlas", version = "2.0.2")
@NpmPackage(value = "topojson-client", version = "3.1.0")
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
