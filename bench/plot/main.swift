print("plot bench")
