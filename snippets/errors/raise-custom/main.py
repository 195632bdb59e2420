class OutOfStockError(Exception):
    pass


def buy(item, stock):
    if stock == 0:
        raise OutOfStockError(f"{item} is sold out")
    return f"bought {item}"


try:
    print(buy("tea", 2))
    print(buy("cake", 0))
except OutOfStockError as error:
    print(f"sorry: {error}")
