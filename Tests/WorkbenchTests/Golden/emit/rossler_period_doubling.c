/* rossler_period_doubling.soma has no run statement, so it compiles no code */
