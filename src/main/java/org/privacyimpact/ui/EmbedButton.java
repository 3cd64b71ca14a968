package org.privacyimpact.ui;

import java.util.function.IntSupplier;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import org.privacyimpact.common.address.EmbedSnippet;

/**
 * "Embed": the {@code <iframe>} that puts this chart in another site's page, with its title, notes, sources and a
 * link back to this view with the same filters. The framed page needs no cookie and opens no session.
 */
public class EmbedButton extends Button {

    /**
     * The frame's height for a chart of a fixed shape (the map, the scatter), at an article's width (about 700 px),
     * and its words.
     */
    public static final int FIXED_CHART_HEIGHT = 680;

    private final Supplier<String> address;
    private final Supplier<String> title;
    private final IntSupplier height;

    /**
     * @param address the embed's absolute address with the view's filters, when the button is clicked
     * @param title   the chart's title, for the frame's title (what a screen reader announces)
     * @param height  the frame's height in pixels
     */
    public EmbedButton(Supplier<String> address, Supplier<String> title, IntSupplier height) {
        super("Embed");
        this.address = address;
        this.title = title;
        this.height = height;
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClassName("embed-chart");
        getElement().setAttribute("title", "Put this chart, kept up to date, in your own web page");
        addClickListener(event -> open());
    }

    /** The frame's height for horizontal bars: their words, and a row per bar as the page draws them. */
    public static int heightForBars(int bars) {
        return Math.min(400 + 40 * Math.max(bars, 3), 1400);
    }

    /** The HTML to paste, for the chart as it is now. */
    public String snippet() {
        return EmbedSnippet.of(address.get(), title.get(), height.getAsInt());
    }

    private void open() {
        String html = snippet();
        TextArea code = new TextArea("HTML to paste into your page");
        code.setValue(html);
        code.setReadOnly(true);
        code.setWidthFull();
        code.addClassName("embed-snippet");
        Anchor preview = new Anchor(address.get(), "Preview the embedded chart ↗");
        preview.setTarget(AnchorTarget.BLANK);
        preview.setRouterIgnore(true);
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Embed this chart");
        dialog.setWidth("min(40rem, 95vw)");
        dialog.add(new Paragraph("The chart shows the dataset as it is when your reader opens the page, with its "
                + "title, sources and dataset version, and a link to this view with the same filters. It sets no "
                + "cookies. The short script after the frame fits the frame's height to the chart on every screen; "
                + "where your site removes scripts, the frame keeps its height and the chart scrolls inside it."),
                code, new Paragraph(preview));
        Button copy = new Button("Copy HTML", event -> event.getSource().getElement().executeJs("""
                if (navigator.clipboard && window.isSecureContext) {
                  return navigator.clipboard.writeText($0).then(() => true, () => false);
                }
                return false;""", html).then(Boolean.class, copied -> {
                    if (Boolean.TRUE.equals(copied)) {
                        Notification.show("HTML copied: paste it into your page.", 3000,
                                Notification.Position.BOTTOM_START);
                    } else {
                        code.focus();
                    }
                }));
        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Close", event -> dialog.close()), copy);
        dialog.open();
    }
}
