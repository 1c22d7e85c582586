/* train_snn_evidence.soma has no run statement, so it compiles no code */
