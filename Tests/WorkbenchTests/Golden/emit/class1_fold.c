/* class1_fold.soma has no run statement, so it compiles no code */
