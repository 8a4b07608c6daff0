package com.marqasouq.kit.sandbox.domain.customers;

import com.marqasouq.kit.sandbox.domain.DomainException;
import com.marqasouq.kit.sandbox.domain.Ids;
import com.marqasouq.kit.sandbox.domain.Metadata;
import com.marqasouq.kit.sandbox.domain.Page;
import com.marqasouq.kit.sandbox.domain.PageRequest;
import com.marqasouq.kit.sandbox.domain.orders.Order;
import com.marqasouq.kit.sandbox.domain.state.State;
import com.marqasouq.kit.sandbox.domain.state.Store;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

/**
 * The customer rules of section 4 and D16: e-mail required and unique (case-insensitive),
 * metadata merged (D7), {@code customer.created} / {@code customer.updated} on every change
 * (D20). Results are rendered by the caller's view inside the lock, so no domain object leaves.
 */
public final class CustomerService {
    public static final String DUPLICATE_EMAIL = "DUPLICATE_EMAIL";

    private static final Ids IDS = Ids.secure();

    /** Renders one customer and their orders (oldest first) into a response object. */
    @FunctionalInterface
    public interface View<R> {
        R render(Customer customer, List<Order> orders);
    }

    private final Store store;

    public CustomerService(Store store) {
        this.store = store;
    }

    public <R> Page<R> list(CustomerFilter filter, PageRequest request, View<R> view) {
        return store.read(state -> {
            List<Customer> matches =
                    state.customers().stream().filter(filter::matches).toList();
            Page<Customer> page = Page.of(matches, request);
            return new Page<>(
                    page.map(c -> view.render(c, state.ordersOfCustomer(c.id))),
                    page.total(),
                    page.limit(),
                    page.offset());
        });
    }

    public <R> R get(String id, View<R> view) {
        return store.read(state -> render(state, existing(state, id), view));
    }

    public <R> R create(CustomerFields fields, View<R> view) {
        return store.write(tx -> {
            State state = tx.state();
            String email = requiredEmail(fields.email());
            refuseTakenEmail(state, email, null);

            Customer customer = new Customer();
            customer.id = IDS.next("cus_", tx.now());
            customer.email = email;
            customer.firstName = fields.firstName();
            customer.lastName = fields.lastName();
            customer.phone = fields.phone();
            customer.hasAccount = false; // created by Odoo, not registered in the shop
            if (fields.metadata() != null) {
                customer.metadata = new LinkedHashMap<>(fields.metadata());
            }
            customer.createdAt = tx.now();
            customer.updatedAt = tx.now();
            state.addCustomer(customer);
            CustomerEvents.emit(tx, CustomerEvents.CREATED, customer);
            return render(state, customer, view);
        });
    }

    public <R> R update(String id, CustomerFields fields, View<R> view) {
        return store.write(tx -> {
            State state = tx.state();
            Customer customer = existing(state, id);
            if (fields.email() != null) {
                refuseTakenEmail(state, requiredEmail(fields.email()), customer);
            }

            if (fields.email() != null) {
                state.changeEmail(customer, fields.email());
            }
            if (fields.firstName() != null) {
                customer.firstName = fields.firstName();
            }
            if (fields.lastName() != null) {
                customer.lastName = fields.lastName();
            }
            if (fields.phone() != null) {
                customer.phone = fields.phone();
            }
            customer.metadata = Metadata.merge(customer.metadata, fields.metadata());
            customer.updatedAt = tx.now();
            CustomerEvents.emit(tx, CustomerEvents.UPDATED, customer);
            return render(state, customer, view);
        });
    }

    private static Customer existing(State state, String id) {
        Customer customer = state.customer(id);
        if (customer == null) {
            throw DomainException.notFound("Customer", id);
        }
        return customer;
    }

    private static String requiredEmail(String email) {
        if (email == null || email.isBlank()) {
            throw DomainException.invalid("email: is required");
        }
        return email;
    }

    /** D16: one customer per e-mail, compared case-insensitively; a customer may re-case their own. */
    private static void refuseTakenEmail(State state, String email, Customer self) {
        Customer holder = state.customerByEmail(email);
        if (holder != null && holder != self) {
            throw DomainException.conflict(
                    DUPLICATE_EMAIL,
                    "email: a customer with e-mail " + email.toLowerCase(Locale.ROOT) + " already exists (" + holder.id
                            + ")");
        }
    }

    private static <R> R render(State state, Customer customer, View<R> view) {
        return view.render(customer, state.ordersOfCustomer(customer.id));
    }
}
