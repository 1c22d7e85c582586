/* fi_curves.soma has no run statement, so it compiles no code */
