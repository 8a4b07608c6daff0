@errors
Feature: Errors Odoo can handle
  Every failure answers in the format of section 7, {type, message, code}, sent as
  application/json: type is lower snake case (invalid_data, not_found, ...) and code UPPER_SNAKE
  case (D19). A body that is not JSON, a value of the wrong type or a field the route does not
  know is 400 invalid_data, and the message names the field (D19). An id that does not exist is
  404 not_found. No error shows a stack trace (D19).
  The requests change nothing: {run} stands for this run's id, so the ids and SKUs they name
  exist nowhere, and the bodies are ones the route must refuse. Only the scenarios that send
  nothing but reads are @readonly.
  Decisions: docs/decisions.md#d2, #d4, #d19

  @doc:7
  Scenario Outline: A body that is not JSON is invalid data (<method> <route>)
    When Odoo sends <method> "<route>" with a body that is not JSON
    Then the response status is 400
    And the answer is an error of type "invalid_data"
    And the error is in the documented format

    @op:createAdminToken
    Examples:
      | method | route                |
      | POST   | /auth/user/emailpass |

    @op:createCustomer
    Examples:
      | method | route            |
      | POST   | /admin/customers |

    @op:createProduct
    Examples:
      | method | route           |
      | POST   | /admin/products |

    @op:batchUpdateInventory
    Examples:
      | method | route                         |
      | POST   | /admin/inventory/batch-update |

    @op:reduceStock
    Examples:
      | method | route                         |
      | POST   | /admin/inventory/reduce-stock |

    @op:syncOdooInventory
    Examples:
      | method | route           |
      | POST   | /odoo/inventory |

  @doc:7
  Scenario Outline: A value of the wrong type is invalid data naming the field (<field>)
    When Odoo sends <method> "<route>" with this body, which breaks the contract:
      """
      <body>
      """
    Then the answer is a 400 error of type "invalid_data" naming "<field>"
    And the error is in the documented format

    @op:batchUpdateInventory
    Examples:
      | method | route                         | body                                                                | field   |
      | POST   | /admin/inventory/batch-update | {"updates": {"sku": "CT-NO-SUCH-SKU-{run}", "stocked_quantity": 1}} | updates |

    @op:syncOdooInventory
    Examples:
      | method | route           | body                                                      | field |
      | POST   | /odoo/inventory | {"items": {"sku": "CT-NO-SUCH-SKU-{run}", "quantity": 1}} | items |

    @op:createCustomer
    Examples:
      | method | route            | body                                                                                          | field    |
      | POST   | /admin/customers | {"email": "ct-wrong-type-{run}@example.com", "first_name": "Conformance", "metadata": "odoo"} | metadata |

    @op:createProduct
    Examples:
      | method | route           | body                                                                                                                                                                                                            | field              |
      | POST   | /admin/products | {"title": "Conformance wrong type {run}", "status": "draft", "variants": [{"title": "Default", "sku": "CT-WRONG-TYPE-{run}", "prices": [{"currency_code": "KWD", "amount": 1000}], "inventory_quantity": "1"}]} | inventory_quantity |

  # The order does not exist either: the document does not say which check comes first, so a
  # 404 for the order is as correct as the 400 for the quantity.
  @op:reduceStock @doc:7
  Scenario: A quantity given as text is refused
    When Odoo reduces stock with a quantity given as text, for an order that does not exist
    Then the answer is a 400 error naming "quantity" or a 404 not_found error
    And the error is in the documented format

  @should @op:reduceStock @decision:D19
  Scenario: The body is checked before the order is looked up
    When Odoo reduces stock with a quantity given as text, for an order that does not exist
    Then the answer is a 400 error of type "invalid_data" naming "quantity"

  @decision:D19
  Scenario Outline: A field the route does not know is invalid data naming it (<field>)
    When Odoo sends <method> "<route>" with this body, which breaks the contract:
      """
      <body>
      """
    Then the answer is a 400 error of type "invalid_data" naming "<field>"
    And the error is in the documented format

    @op:batchUpdateInventory
    Examples:
      | method | route                         | body                                                                                       | field     |
      | POST   | /admin/inventory/batch-update | {"updates": [{"sku": "CT-NO-SUCH-SKU-{run}", "stocked_quantity": 1}], "dry_run": true}     | dry_run   |
      | POST   | /admin/inventory/batch-update | {"updates": [{"sku": "CT-NO-SUCH-SKU-{run}", "stocked_quantity": 1, "warehouse": "main"}]} | warehouse |

    @op:createCustomer
    Examples:
      | method | route            | body                                                                                                | field    |
      | POST   | /admin/customers | {"email": "ct-unknown-field-{run}@example.com", "first_name": "Conformance", "nickname": "Abu Ali"} | nickname |

  @readonly @doc:7
  Scenario Outline: Reading <what> that does not exist is not found
    When Odoo sends GET "<route>"
    Then the response status is 404
    And the answer is an error of type "not_found"
    And the error is in the documented format

    @op:getOrder
    Examples:
      | what     | route                                 |
      | an order | /admin/orders/order_DOESNOTEXIST{run} |

    @op:getOdooOrder
    Examples:
      | what                | route                                |
      | an order, Odoo view | /odoo/orders/order_DOESNOTEXIST{run} |

    @op:getCustomer
    Examples:
      | what       | route                                  |
      | a customer | /admin/customers/cus_DOESNOTEXIST{run} |

  @doc:7
  Scenario Outline: Changing <what> that does not exist is not found
    When Odoo sends <method> "<route>" with this body:
      """
      <body>
      """
    Then the response status is 404
    And the answer is an error of type "not_found"
    And the error is in the documented format

    @op:updateOrder
    Examples:
      | what     | method | route                                 | body                                |
      | an order | POST   | /admin/orders/order_DOESNOTEXIST{run} | {"metadata": {"odoo_synced": true}} |

    @op:createFulfillment
    Examples:
      | what                  | method | route                                              | body                                                              |
      | the items of an order | POST   | /admin/orders/order_DOESNOTEXIST{run}/fulfillments | {"items": [{"item_id": "item_DOESNOTEXIST{run}", "quantity": 1}]} |

    @op:updateOdooOrder
    Examples:
      | what                | method | route                                | body                      |
      | an order, from Odoo | PATCH  | /odoo/orders/order_DOESNOTEXIST{run} | {"odoo_status": "synced"} |

    @op:updateCustomer
    Examples:
      | what       | method | route                                  | body                                |
      | a customer | POST   | /admin/customers/cus_DOESNOTEXIST{run} | {"metadata": {"odoo_synced": true}} |

    @op:updateLocationLevel
    Examples:
      | what                 | method | route                                                                     | body                    |
      | the stock of an item | POST   | /admin/inventory-items/iitem_DOESNOTEXIST{run}/location-levels/sloc_01ABC | {"stocked_quantity": 1} |

    @op:updateVariant
    Examples:
      | what                    | method | route                                                                     | body                                                   |
      | the prices of a variant | POST   | /admin/products/prod_DOESNOTEXIST{run}/variants/variant_DOESNOTEXIST{run} | {"prices": [{"currency_code": "KWD", "amount": 1000}]} |

    @op:reduceStock
    Examples:
      | what                   | method | route                         | body                                                                                                                 |
      | the stock for an order | POST   | /admin/inventory/reduce-stock | {"sku": "CT-NO-SUCH-SKU-{run}", "quantity": 1, "order_id": "order_DOESNOTEXIST{run}", "reason": "conformance_check"} |

  @op:cancelOrder @doc:7
  Scenario: Cancelling an order that does not exist is not found
    When Odoo sends POST "/admin/orders/order_DOESNOTEXIST{run}/cancel"
    Then the response status is 404
    And the answer is an error of type "not_found"
    And the error is in the documented format

  @readonly @should @decision:D19
  Scenario Outline: Not found has the code NOT_FOUND (<what>)
    When Odoo sends GET "<route>"
    Then the response status is 404
    And the error code is "NOT_FOUND"

    @op:getOrder
    Examples:
      | what     | route                                 |
      | an order | /admin/orders/order_DOESNOTEXIST{run} |

    @op:getCustomer
    Examples:
      | what       | route                                  |
      | a customer | /admin/customers/cus_DOESNOTEXIST{run} |

  @readonly
  Scenario Outline: Every kind of error is in the documented format (<status> <type>)
    When Odoo makes a request that is refused for <reason>
    Then the response status is <status>
    And the answer is an error of type "<type>"
    And the error is in the documented format

    @op:listOrders @doc:7
    Examples:
      | reason                 | status | type         |
      | a missing bearer token | 401    | unauthorized |

    @op:listOrders @decision:D4
    Examples:
      | reason           | status | type         |
      | a page size of 0 | 400    | invalid_data |

    @op:listCustomers @decision:D2
    Examples:
      | reason                    | status | type         |
      | a date that is not a date | 400    | invalid_data |

    @op:getOdooOrder @doc:7
    Examples:
      | reason              | status | type      |
      | an unknown order id | 404    | not_found |

  @readonly @should @decision:D19
  Scenario Outline: No error of a refused read shows a stack trace (<reason>)
    When Odoo makes a request that is refused for <reason>
    Then the error shows no stack trace or exception name

    @op:listOrders
    Examples:
      | reason                   |
      | a page size that is text |

    @op:getOdooOrder
    Examples:
      | reason              |
      | an unknown order id |

  @should @decision:D19
  Scenario Outline: No error of a refused write shows a stack trace (<reason>)
    When Odoo makes a request that is refused for <reason>
    Then the error shows no stack trace or exception name

    @op:createCustomer
    Examples:
      | reason                  |
      | a body that is not JSON |

    @op:reduceStock
    Examples:
      | reason                   |
      | a quantity given as text |
