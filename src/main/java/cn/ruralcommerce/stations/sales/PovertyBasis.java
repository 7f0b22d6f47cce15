package cn.ruralcommerce.stations.sales;

/** Why a sale counts as poverty-alleviation (扶贫销售): a certified product, linked registered-poor households, a stated reason, or not at all. */
public enum PovertyBasis {
    CERTIFIED, HOUSEHOLDS, MANUAL, NONE
}
