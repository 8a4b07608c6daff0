@customers
Feature: Odoo creates customers
  Odoo creates a customer with an e-mail, names, phone and metadata (section 4.4). The e-mail
  is required and belongs to one customer only, whatever its case; a duplicate is 409 conflict
  (D16). Unknown fields are refused (D19).
  Decisions: docs/decisions.md#d16, #d19

  @op:createCustomer @doc:4.4
  Scenario: A customer created from Odoo has the fields and metadata that were sent
    When Odoo creates the customer "Mohammed" "Al-Sabah" with phone "+965-55667788" for partner "RES.PARTNER/12346" from "odoo_import"
    Then the response status is 200
    And the new customer has the e-mail, names and phone that were sent
    And the customer metadata has "odoo_customer_id" set to "RES.PARTNER/12346"
    And the customer metadata has "source" set to "odoo_import"
    When Odoo lists customers with the e-mail of "Mohammed"
    Then the customer list holds exactly "Mohammed"

  @op:createCustomer @op:listCustomers
  Scenario Outline: A second customer with <which> is a conflict and is not created
    Given a customer "Layla" created by Odoo
    When Odoo creates a customer "Huda" with <which> as "Layla"
    Then the response status is 409
    And the answer is an error of type "conflict"
    When Odoo searches customers for the e-mail of "Layla"
    Then the customer list holds exactly "Layla"

    @doc:7
    Examples:
      | which           |
      | the same e-mail |

    @decision:D16
    Examples:
      | which                       |
      | the same e-mail in capitals |

  @op:createCustomer @decision:D16
  Scenario: A customer without an e-mail is invalid data and is not created
    When Odoo creates a customer "Nameless" without an e-mail
    Then the answer is a 400 error of type "invalid_data" naming "email"
    When Odoo searches customers for the name of "Nameless"
    Then the customer list is empty

  @op:createCustomer @decision:D19
  Scenario: A customer with a field the contract does not know is invalid data and is not created
    When Odoo creates a customer "Nadia" with the unknown field "nickname"
    Then the answer is a 400 error of type "invalid_data" naming "nickname"
    When Odoo lists customers with the e-mail of "Nadia"
    Then the customer list is empty
