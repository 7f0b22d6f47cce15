package cn.ruralcommerce.stations.security;

/** What an account may do; BUREAU is scoped to a county code, OPERATOR to a station code. */
public enum Role {
    ADMIN, BUREAU, OPERATOR, PLANNER;

    public static final String ADMIN_NAME = "ADMIN";
    public static final String BUREAU_NAME = "BUREAU";
    public static final String OPERATOR_NAME = "OPERATOR";
    public static final String PLANNER_NAME = "PLANNER";

    /** Whether accounts of this role must carry a scope code. */
    public boolean scoped() {
        return this == BUREAU || this == OPERATOR;
    }
}
