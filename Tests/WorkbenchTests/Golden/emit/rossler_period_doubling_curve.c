/* rossler_period_doubling_curve.soma has no run statement, so it compiles no code */
