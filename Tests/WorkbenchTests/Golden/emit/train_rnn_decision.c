/* train_rnn_decision.soma has no run statement, so it compiles no code */
