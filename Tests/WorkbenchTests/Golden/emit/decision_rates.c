/* decision_rates.soma has no run statement, so it compiles no code */
