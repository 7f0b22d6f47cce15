package cn.ruralcommerce.stations.sales;

/** Direction of a sale: UP (上行, village produce sold out) or DOWN (下行, goods bought into the village). */
public enum Direction {
    UP, DOWN
}
