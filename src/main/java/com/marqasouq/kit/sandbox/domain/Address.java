package com.marqasouq.kit.sandbox.domain;

/** A postal address of an order or a customer; customer addresses also carry an id. */
public final class Address {
    public String id;
    public String firstName;
    public String lastName;
    public String address1;
    public String address2;
    public String city;
    public String province;
    public String countryCode;
    public String postalCode;
    public String phone;

    public Address copy() {
        Address a = new Address();
        a.id = id;
        a.firstName = firstName;
        a.lastName = lastName;
        a.address1 = address1;
        a.address2 = address2;
        a.city = city;
        a.province = province;
        a.countryCode = countryCode;
        a.postalCode = postalCode;
        a.phone = phone;
        return a;
    }
}
