/* morris_lecar_bifurcation.soma has no run statement, so it compiles no code */
