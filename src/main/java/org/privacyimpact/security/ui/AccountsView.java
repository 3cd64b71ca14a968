package org.privacyimpact.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.privacyimpact.common.validation.FieldProblem;
import org.privacyimpact.common.validation.ValidationException;
import org.privacyimpact.security.AccountService;
import org.privacyimpact.security.AccountService.AccountSummary;
import org.privacyimpact.security.UserQuery.Role;
import org.privacyimpact.ui.MainLayout;

/** Admins create curator and admin accounts and change roles; passwords are never shown, only set. */
@Route("admin/users")
@Menu(title = "Accounts", order = MainLayout.CURATION + 4)
@PageTitle("Accounts — Privacy Impact Dashboard")
@RolesAllowed("ADMIN")
public class AccountsView extends VerticalLayout {

    private final AccountService accounts;

    final Grid<AccountSummary> grid = new Grid<>();
    final TextField username = new TextField("User name");
    final PasswordField password = new PasswordField("Password");
    final Select<Role> role = new Select<>();
    final Button create = new Button("Create account");
    final Select<Role> editRole = new Select<>();
    final Checkbox editEnabled = new Checkbox("Can sign in");
    final Button saveAccount = new Button("Save");
    final PasswordField newPassword = new PasswordField("New password");
    final Button setPassword = new Button("Set password");
    final H3 editing = new H3();
    private AccountSummary selected;

    public AccountsView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("view");
        grid.addColumn(AccountSummary::username).setHeader("User name");
        grid.addColumn(account -> account.role().code()).setHeader("Role");
        grid.addColumn(account -> account.enabled() ? "yes" : "no").setHeader("Can sign in");
        grid.setItems(query -> accounts.accounts(query.getOffset(), query.getLimit()).stream(),
                query -> accounts.countAccounts());
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(event -> select(event.getValue()));

        password.setHelperText("At least 12 characters; give it to the person through a separate channel");
        role.setLabel("Role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(AccountsView::describe);
        role.setValue(Role.CURATOR);
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(event -> create());
        FormLayout form = new FormLayout(username, password, role, create);

        editRole.setLabel("Role");
        editRole.setItems(Role.values());
        editRole.setItemLabelGenerator(AccountsView::describe);
        saveAccount.addClickListener(event -> saveSelected());
        HorizontalLayout edit = new HorizontalLayout(editRole, editEnabled, saveAccount);
        edit.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        newPassword.setHelperText("At least 12 characters, e.g. to replace the first admin's one-time password");
        setPassword.addClickListener(event -> setSelectedPassword());
        HorizontalLayout passwordRow = new HorizontalLayout(newPassword, setPassword);
        passwordRow.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        VerticalLayout editor = new VerticalLayout(editing, edit, passwordRow);
        editor.setPadding(false);
        editor.setVisible(false);
        editor.setId("account-editor");
        grid.asSingleSelect().addValueChangeListener(event -> editor.setVisible(event.getValue() != null));

        add(new H2("Accounts"), new Paragraph("Curators change the dataset; admins also manage accounts, read the "
                + "audit log and publish dataset versions. Every account change is in the audit log."), grid,
                editor, new H3("New account"), form);
    }

    private static String describe(Role role) {
        return role == Role.ADMIN ? "Admin" : "Curator";
    }

    private void select(AccountSummary account) {
        selected = account;
        editRole.setInvalid(false);
        if (account != null) {
            editing.setText("Change " + account.username());
            editRole.setValue(account.role());
            editEnabled.setValue(account.enabled());
        }
    }

    void create() {
        username.setInvalid(false);
        password.setInvalid(false);
        try {
            accounts.create(username.getValue(), password.getValue(), role.getValue());
            Notification.show("Account " + username.getValue().strip() + " created.")
                    .addThemeVariants(NotificationVariant.SUCCESS);
            username.clear();
            password.clear();
            grid.getDataProvider().refreshAll();
        } catch (ValidationException e) {
            FieldProblem problem = e.problems().getFirst();
            var field = "password".equals(problem.field()) ? password : username;
            if ("role".equals(problem.field())) {
                role.setInvalid(true);
                role.setErrorMessage(problem.message());
                return;
            }
            field.setInvalid(true);
            field.setErrorMessage(problem.message());
        }
    }

    void setSelectedPassword() {
        newPassword.setInvalid(false);
        try {
            accounts.setPassword(selected.username(), newPassword.getValue());
            newPassword.clear();
            Notification.show("Password of " + selected.username() + " changed.")
                    .addThemeVariants(NotificationVariant.SUCCESS);
        } catch (ValidationException e) {
            newPassword.setInvalid(true);
            newPassword.setErrorMessage(e.problems().getFirst().message());
        }
    }

    void saveSelected() {
        try {
            accounts.update(selected.username(), editRole.getValue(), editEnabled.getValue());
            Notification.show("Account " + selected.username() + " saved.").addThemeVariants(NotificationVariant.SUCCESS);
            grid.getDataProvider().refreshAll();
        } catch (ValidationException e) {
            // the form shows the account as it still is, and why the change was refused stays beside it
            select(selected);
            editRole.setInvalid(true);
            editRole.setErrorMessage(e.problems().getFirst().message());
        }
    }
}
