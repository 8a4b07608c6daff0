package com.marqasouq.kit.sandbox.domain.customers;

import com.marqasouq.kit.sandbox.domain.Address;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/** A customer; their orders are found through the orders' customer id. */
public final class Customer {
    public String id;
    public String email;
    public String firstName;
    public String lastName;
    public String phone;
    public boolean hasAccount;
    public Address billingAddress;
    public List<Address> shippingAddresses = new ArrayList<>();
    public LinkedHashMap<String, Object> metadata = new LinkedHashMap<>();
    public Instant createdAt;
    public Instant updatedAt;
}
