package org.privacyimpact.ui.chart;

import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;

/** What the browser's chart sends when a reader clicks its n-th bar, point or region, for browserless tests. */
public final class ChartClicks {

    private ChartClicks() {
    }

    public static void clickItem(EChart chart, int index) {
        var data = JacksonUtils.createObjectNode();
        data.put("event.detail.index", index);
        chart.getElement().getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(chart.getElement(), "pid-item-click", data));
    }
}
