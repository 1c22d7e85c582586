/* ring_attractor.soma has no run statement, so it compiles no code */
