@customers
Feature: Odoo reads one customer and stores its partner reference
  GET /admin/customers/{id} shows one customer (section 4.2). POST /admin/customers/{id}
  stores what Odoo sends (section 4.3): metadata is merged key by key, a key sent as null is
  removed (D7), and an e-mail that another customer has is a conflict (D16).
  Decisions: docs/decisions.md#d7, #d16

  @op:getCustomer @doc:4.2
  Scenario: One customer shows the e-mail, names, phone and metadata it was created with
    Given a customer "Layla" created by Odoo with metadata "preferred_language" set to "ar"
    When Odoo fetches the customer "Layla"
    Then the response status is 200
    And the customer details show the e-mail, names, phone and creation time of "Layla"
    And the customer metadata has "preferred_language" set to "ar"

  @readonly @op:getCustomer @doc:7
  Scenario: A customer that does not exist is not found
    When Odoo fetches a customer that does not exist
    Then the response status is 404
    And the answer is an error of type "not_found"

  @op:updateCustomer @op:getCustomer @decision:D7
  Scenario: The Odoo partner reference is merged into the metadata and the other keys are kept
    Given a customer "Layla" created by Odoo with metadata "preferred_language" set to "ar"
    When Odoo marks "Layla" as synced to partner "RES.PARTNER/12345"
    Then the response status is 200
    And the customer metadata marks it synced to partner "RES.PARTNER/12345"
    And the customer metadata has "preferred_language" set to "ar"
    When Odoo fetches the customer "Layla"
    Then the customer metadata marks it synced to partner "RES.PARTNER/12345"
    And the customer metadata has "preferred_language" set to "ar"
    And the customer details show the e-mail, names, phone and creation time of "Layla"

  @should @op:updateCustomer @op:getCustomer @decision:D7
  Scenario: A metadata key sent as null is removed
    Given a customer "Layla" created by Odoo with metadata "preferred_language" set to "ar"
    When Odoo sets the metadata "preferred_language" of "Layla" to null
    Then the response status is 200
    And the customer metadata has no "preferred_language"
    When Odoo fetches the customer "Layla"
    Then the customer metadata has no "preferred_language"

  @op:updateCustomer @op:getCustomer @doc:7
  Scenario: Taking the e-mail of another customer is a conflict and changes nothing
    Given a customer "Layla" created by Odoo
    And a customer "Omar" created by Odoo
    When Odoo changes the e-mail of "Omar" to the e-mail of "Layla" and marks him synced to partner "RES.PARTNER/777"
    Then the response status is 409
    And the answer is an error of type "conflict"
    When Odoo fetches the customer "Omar"
    Then the customer details show the e-mail, names, phone and creation time of "Omar"
    And the customer metadata has no "odoo_customer_id"

  @op:updateCustomer @doc:7
  Scenario: Updating a customer that does not exist is not found
    When Odoo marks a customer that does not exist as synced to partner "RES.PARTNER/12345"
    Then the response status is 404
    And the answer is an error of type "not_found"
