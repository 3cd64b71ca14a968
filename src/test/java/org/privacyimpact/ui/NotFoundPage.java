package org.privacyimpact.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.dom.Element;

/** What a browserless test reads on the not-found page. */
public final class NotFoundPage {

    private NotFoundPage() {
    }

    /** Checks that the view shown is the not-found page, saying the sentence and linking to the list. */
    public static void assertShown(Object view, String says, String listLink) {
        assertThat(view).isInstanceOf(NotFoundView.class);
        NotFoundView page = (NotFoundView) view;
        assertThat(page.getElement().getTextRecursively()).contains(says);
        assertThat(listLink(page)).isEqualTo(listLink);
    }

    /** The link to the list of what the dataset has, as "its text → its address"; fails where there is none. */
    public static String listLink(HasElement page) {
        return descendants(page.getElement()).flatMap(element -> element.getComponent().stream())
                .filter(Anchor.class::isInstance).map(Anchor.class::cast)
                .filter(anchor -> anchor.hasClassName("not-found-list"))
                .map(anchor -> anchor.getText() + " → " + anchor.getHref())
                .reduce((first, second) -> {
                    throw new AssertionError("more than one list link: " + first + ", " + second);
                })
                .orElseThrow(() -> new AssertionError("no link to a list on the not-found page"));
    }

    private static Stream<Element> descendants(Element element) {
        return Stream.concat(Stream.of(element), element.getChildren().flatMap(NotFoundPage::descendants));
    }
}
