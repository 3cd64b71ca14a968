package org.privacyimpact.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.notification.Notification;

/**
 * Copies the page's address — which holds every filter — so that whoever opens it sees the same view. Uses the
 * browser's clipboard where the page may (https or localhost), else selects the address in a prompt to copy.
 */
public class CopyLinkButton extends Button {

    public CopyLinkButton() {
        super("Copy link", LumoIcon.link());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClassName("copy-link");
        getElement().setAttribute("title", "Copy the address of this view, with its filters");
        addClickListener(event -> getElement().executeJs("""
                const url = window.location.href;
                if (navigator.clipboard && window.isSecureContext) {
                  return navigator.clipboard.writeText(url).then(() => true, () => false);
                }
                window.prompt('Copy this link:', url);
                return false;""").then(Boolean.class, copied -> {
                    if (Boolean.TRUE.equals(copied)) {
                        Notification.show("Link copied: it opens this view with the same filters.", 3000,
                                Notification.Position.BOTTOM_START);
                    }
                }));
    }
}
