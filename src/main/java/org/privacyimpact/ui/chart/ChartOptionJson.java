package org.privacyimpact.ui.chart;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import com.vaadin.flow.internal.JacksonUtils;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * A chart's option as the browser gets it: JSON written by Vaadin's own mapper, kept by {@link EChart} gzipped
 * between sends. A session kept each chart's option as records before, about 130 KB per overview for the map's
 * two hundred sentences (heap per session, BENCHMARKS.md); compressed it is a tenth of that. It is read back into
 * records for whoever asks what a chart shows.
 */
final class ChartOptionJson {

    /** Reads what {@link #write} wrote: a series by its ECharts type, a data value's numbers as decimals. */
    private static final ObjectMapper READER = JacksonUtils.getMapper().rebuild()
            // 0.302500 stays 0.302500, as the chart was built, rather than passing through a double
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .addModule(new SimpleModule("chart-option")
                    .addDeserializer(ChartOption.Series.class, new SeriesByType())
                    .addDeserializer(ChartOption.DataPoint.class, new DataPointWithNumbers()))
            .build();

    private ChartOptionJson() {
    }

    static String write(ChartOption option) {
        return JacksonUtils.getMapper().writeValueAsString(option);
    }

    static byte[] compress(String json) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(json.length() / 4);
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(json.getBytes(StandardCharsets.UTF_8));
        } catch (IOException inMemory) {
            throw new UncheckedIOException(inMemory);
        }
        return bytes.toByteArray();
    }

    static String decompress(byte[] compressed) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException inMemory) {
            throw new UncheckedIOException(inMemory);
        }
    }

    static ChartOption read(String json) {
        return READER.readValue(json, ChartOption.class);
    }

    private static final class SeriesByType extends ValueDeserializer<ChartOption.Series> {

        @Override
        public ChartOption.Series deserialize(JsonParser parser, DeserializationContext context) {
            JsonNode series = context.readTree(parser);
            Class<? extends ChartOption.Series> type = switch (series.path("type").asString()) {
                case "bar" -> ChartOption.BarSeries.class;
                case "scatter" -> ChartOption.ScatterSeries.class;
                case "map" -> ChartOption.MapSeries.class;
                default -> throw new IllegalArgumentException("No series of type " + series.path("type"));
            };
            return context.readTreeAsValue(series, type);
        }
    }

    /** Every number of a data value as a BigDecimal, as the charts are built, not a double or an int. */
    private static final class DataPointWithNumbers extends ValueDeserializer<ChartOption.DataPoint> {

        @Override
        public ChartOption.DataPoint deserialize(JsonParser parser, DeserializationContext context) {
            JsonNode point = context.readTree(parser);
            return new ChartOption.DataPoint(text(point, "name"), value(point.get("value")),
                    part(context, point, "label", ChartOption.Label.class),
                    part(context, point, "tooltip", ChartOption.ItemTooltip.class),
                    part(context, point, "itemStyle", ChartOption.ItemStyle.class), text(point, "symbol"));
        }

        /** A number, or a list such as a scatter's [x, y] or a bar head's [x, category]. */
        private static Object value(JsonNode value) {
            if (value == null || value.isNull()) {
                return null;
            }
            if (value.isArray()) {
                List<Object> parts = new ArrayList<>();
                value.forEach(part -> parts.add(value(part)));
                return parts;
            }
            return value.isNumber() ? value.decimalValue() : value.asString();
        }

        private static String text(JsonNode point, String field) {
            JsonNode value = point.get(field);
            return value == null || value.isNull() ? null : value.asString();
        }

        private static <T> T part(DeserializationContext context, JsonNode point, String field, Class<T> type) {
            JsonNode value = point.get(field);
            return value == null || value.isNull() ? null : context.readTreeAsValue(value, type);
        }
    }
}
