/* fhn_analysis.soma has no run statement, so it compiles no code */
