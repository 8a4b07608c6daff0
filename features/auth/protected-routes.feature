@auth
Feature: Every route needs a valid bearer token
  Every /admin and /odoo route answers 401 unauthorized, in the error format of section 7,
  to a call without a token, with a malformed, tampered or unsigned token (D18, D19).
  Read routes are called in @readonly scenarios. Write routes are called with ids that do not
  exist or a body the route must refuse, so even a target that skips the check changes nothing;
  they still send a write, so those scenarios are not @readonly.
  Decisions: docs/decisions.md#d18, #d19

  @readonly @doc:1
  Scenario Outline: A read without a token is unauthorized (<method> <path>)
    When Odoo calls <method> "<path>" without a token
    Then the response status is 401
    And the answer is an error of type "unauthorized"

    @op:listOrders
    Examples:
      | method | path |
      | GET | /admin/orders |

    @op:getOrder
    Examples:
      | method | path |
      | GET | /admin/orders/order_DOESNOTEXIST |

    @op:listInventoryItems
    Examples:
      | method | path |
      | GET | /admin/inventory-items |

    @op:listStockLocations
    Examples:
      | method | path |
      | GET | /admin/stock-locations |

    @op:listCustomers
    Examples:
      | method | path |
      | GET | /admin/customers |

    @op:getCustomer
    Examples:
      | method | path |
      | GET | /admin/customers/cus_DOESNOTEXIST |

    @op:listProducts
    Examples:
      | method | path |
      | GET | /admin/products |

    @op:listOdooOrders
    Examples:
      | method | path |
      | GET | /odoo/orders |

    @op:getOdooOrder
    Examples:
      | method | path |
      | GET | /odoo/orders/order_DOESNOTEXIST |

    @op:listOdooCustomers
    Examples:
      | method | path |
      | GET | /odoo/customers |

    @op:listOdooInventory
    Examples:
      | method | path |
      | GET | /odoo/inventory |

  @doc:1
  Scenario Outline: A write without a token is unauthorized (<method> <path>)
    When Odoo calls <method> "<path>" without a token
    Then the response status is 401
    And the answer is an error of type "unauthorized"

    @op:updateOrder
    Examples:
      | method | path |
      | POST | /admin/orders/order_DOESNOTEXIST |

    @op:createFulfillment
    Examples:
      | method | path |
      | POST | /admin/orders/order_DOESNOTEXIST/fulfillments |

    @op:cancelOrder
    Examples:
      | method | path |
      | POST | /admin/orders/order_DOESNOTEXIST/cancel |

    @op:updateLocationLevel
    Examples:
      | method | path |
      | POST | /admin/inventory-items/iitem_DOESNOTEXIST/location-levels/sloc_DOESNOTEXIST |

    @op:batchUpdateInventory
    Examples:
      | method | path |
      | POST | /admin/inventory/batch-update |

    @op:reduceStock
    Examples:
      | method | path |
      | POST | /admin/inventory/reduce-stock |

    @op:updateCustomer
    Examples:
      | method | path |
      | POST | /admin/customers/cus_DOESNOTEXIST |

    @op:createCustomer
    Examples:
      | method | path |
      | POST | /admin/customers |

    @op:updateVariant
    Examples:
      | method | path |
      | POST | /admin/products/prod_DOESNOTEXIST/variants/variant_DOESNOTEXIST |

    @op:createProduct
    Examples:
      | method | path |
      | POST | /admin/products |

    @op:updateOdooOrder
    Examples:
      | method | path |
      | PATCH | /odoo/orders/order_DOESNOTEXIST |

    @op:syncOdooInventory
    Examples:
      | method | path |
      | POST | /odoo/inventory |

  @readonly @doc:1
  Scenario Outline: A read with a <token> token is unauthorized (<method> <path>)
    When Odoo calls <method> "<path>" with <how>
    Then the response status is 401
    And the answer is an error of type "unauthorized"

    @op:listOrders
    Examples:
      | method | path | token | how |
      | GET | /admin/orders | tampered | a token whose signature was tampered with |
      | GET | /admin/orders | unsigned | an unsigned token (alg none) |
      | GET | /admin/orders | malformed | a malformed token |

    @op:listOdooInventory
    Examples:
      | method | path | token | how |
      | GET | /odoo/inventory | tampered | a token whose signature was tampered with |
      | GET | /odoo/inventory | unsigned | an unsigned token (alg none) |

  @doc:1
  Scenario Outline: A write with a <token> token is unauthorized (<method> <path>)
    When Odoo calls <method> "<path>" with <how>
    Then the response status is 401
    And the answer is an error of type "unauthorized"

    @op:reduceStock
    Examples:
      | method | path | token | how |
      | POST | /admin/inventory/reduce-stock | tampered | a token whose signature was tampered with |
      | POST | /admin/inventory/reduce-stock | unsigned | an unsigned token (alg none) |
