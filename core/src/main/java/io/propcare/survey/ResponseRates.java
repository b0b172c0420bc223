package io.propcare.survey;

/**
 * The rates of a survey round: distribution rate {@code issued / occupied units}, recovery
 * (response) rate {@code returned / issued}, valid rate {@code valid / returned}, and whether the
 * recovery rate reaches the procedures' minimum (60% by default).
 *
 * <p>Implementation requirements: immutable value type.
 *
 * @param occupiedUnits occupied units
 * @param issued questionnaires issued
 * @param returned questionnaires returned
 * @param valid returned questionnaires with at least one answer
 * @param distributionRate issued / occupied; NaN when nothing is occupied
 * @param recoveryRate returned / issued; NaN when nothing was issued
 * @param validRate valid / returned; NaN when nothing came back
 * @param minimumRecovery the required recovery rate
 * @param meetsMinimumRecovery whether {@code recoveryRate >= minimumRecovery}
 */
public record ResponseRates(long occupiedUnits, long issued, long returned, long valid, double distributionRate,
                            double recoveryRate, double validRate, double minimumRecovery,
                            boolean meetsMinimumRecovery) {
    /** The procedures' minimum recovery rate, 60%. */
    public static final double DEFAULT_MINIMUM_RECOVERY = 0.6;

    /**
     * Computes the rates.
     *
     * @param occupiedUnits occupied units, at least 0
     * @param issued issued, at least 0
     * @param returned returned, at least 0
     * @param valid valid, 0 to {@code returned}
     * @param minimumRecovery the required recovery rate, 0 to 1
     * @return the rates
     */
    public static ResponseRates of(long occupiedUnits, long issued, long returned, long valid, double minimumRecovery) {
        if (occupiedUnits < 0 || issued < 0 || returned < 0 || valid < 0 || valid > returned) {
            throw new IllegalArgumentException("counts must be at least 0 and valid at most returned, got occupied "
                    + occupiedUnits + ", issued " + issued + ", returned " + returned + ", valid " + valid);
        }
        if (!(minimumRecovery >= 0 && minimumRecovery <= 1)) {
            throw new IllegalArgumentException("minimumRecovery must be from 0 to 1, got " + minimumRecovery);
        }
        double recovery = issued == 0 ? Double.NaN : (double) returned / issued;
        // compare exactly: returned >= minimum * issued
        boolean meets = issued > 0 && new java.math.BigDecimal(returned).compareTo(
                new java.math.BigDecimal(Double.toString(minimumRecovery)).multiply(new java.math.BigDecimal(issued))) >= 0;
        return new ResponseRates(occupiedUnits, issued, returned, valid,
                occupiedUnits == 0 ? Double.NaN : (double) issued / occupiedUnits, recovery,
                returned == 0 ? Double.NaN : (double) valid / returned, minimumRecovery, meets);
    }
}
