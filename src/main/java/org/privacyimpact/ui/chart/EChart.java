package org.privacyimpact.ui.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;

/**
 * An Apache ECharts chart (our own web component in {@code frontend/components/pid-echart.js}): it follows
 * its container's size, lays itself out for a phone, and releases its resources when removed from the page. A
 * world map's borders are fetched the first time a map is shown. The element is focusable and described by the
 * option's sentence, so a keyboard or screen-reader user reaches the chart's message.
 */
@Tag("pid-echart")
@NpmPackage(value = "echarts", version = "6.1.0")
// World borders for map charts (Natural Earth, public domain; packaged by world-atlas, ISC) and the library that
// turns their TopoJSON into the GeoJSON ECharts reads (topojson-client, ISC); loaded only by pages with a map.
@NpmPackage(value = "world-atlas", version = "2.0.2")
@NpmPackage(value = "topojson-client", version = "3.1.0")
@JsModule("./components/pid-echart.js")
public class EChart extends Component implements HasSize {

    /** The option last set, as sent to the browser, gzipped JSON ({@link ChartOptionJson}); null before. */
    private byte[] option;

    public EChart() {
        setWidthFull();
        setHeight("320px");
        addAttachListener(event -> {
            if (option != null) {
                sendOption(ChartOptionJson.decompress(option));
            }
        });
    }

    public void setOption(ChartOption option) {
        String json = option == null ? null : ChartOptionJson.write(option);
        this.option = json == null ? null : ChartOptionJson.compress(json);
        if (isAttached() && json != null) {
            sendOption(json);
        }
    }

    /**
     * Hands the option to the browser's chart, each time the chart is attached. It is sent rather than kept as
     * an element property: a property stays in the session as a JSON tree (several hundred kilobytes for a map
     * with a sentence per country, the class histograms in BENCHMARKS.md showed), while the compressed text
     * this component keeps is a small fraction of that.
     */
    private void sendOption(String json) {
        getElement().executeJs("this.option = JSON.parse($0)", json);
    }

    /** What the chart shows: the option last set, read back from the JSON the browser got. */
    public ChartOption getOption() {
        return option == null ? null : ChartOptionJson.read(ChartOptionJson.decompress(option));
    }

    /**
     * Called with the position of the bar, point or region the reader clicks or taps, in the order of the
     * option's data; regions without data are not clickable.
     */
    public Registration addItemClickListener(SerializableConsumer<Integer> listener) {
        return getElement().addEventListener("pid-item-click",
                event -> listener.accept(event.getEventData().get("event.detail.index").asInt()))
                .addEventData("event.detail.index");
    }
}
